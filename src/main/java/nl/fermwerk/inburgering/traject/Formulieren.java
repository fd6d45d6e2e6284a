package nl.fermwerk.inburgering.traject;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.fermwerk.inburgering.basis.LaatsteVersies;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.CamundaFormRefImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;

/**
 * The deployed Camunda Form of a task, resolved the way Tasklist resolves it ({@code camunda:formRef} and its
 * binding). A deployed form definition never changes, so each one is read and parsed once; a newly deployed version is
 * a new definition, which the reference resolves to from the next command on ({@link LaatsteVersies}). Runs inside an
 * engine command.
 */
public final class Formulieren {

    private static final Map<String, Formulier> PER_DEFINITIE = new ConcurrentHashMap<>();

    private Formulieren() {
    }

    /** The task's form, or empty for a task without a Camunda Form (or whose form is not deployed). */
    public static Optional<Formulier> van(TaskEntity taak) {
        TaskDefinition definitie = taak.getTaskDefinition();
        if (definitie == null || definitie.getCamundaFormDefinitionKey() == null
                || taak.getProcessDefinitionId() == null) {
            return Optional.empty();
        }
        CommandContext context = Context.getCommandContext();
        CamundaFormRefImpl ref;
        try {
            ref = new CamundaFormRefImpl(waarde(definitie.getCamundaFormDefinitionKey(), taak),
                    definitie.getCamundaFormDefinitionBinding());
            if (definitie.getCamundaFormDefinitionVersion() != null) {
                ref.setVersion(Integer.valueOf(waarde(definitie.getCamundaFormDefinitionVersion(), taak)));
            }
        } catch (ProcessEngineException | NumberFormatException nietGevonden) {
            return Optional.empty();
        }
        String deployment = taak.getProcessDefinition().getDeploymentId();
        return LaatsteVersies.formulier(ref.getKey() + '|' + ref.getBinding() + '|' + ref.getVersion() + '|'
                        + deployment, () -> definitie(context, ref, deployment))
                .map(PER_DEFINITIE::get);
    }

    /** Resolves the reference as Tasklist does and reads a definition not read before. */
    private static Optional<String> definitie(CommandContext context, CamundaFormRefImpl ref, String deployment) {
        try {
            CamundaFormDefinition formulier = new GetCamundaFormDefinitionCmd(ref, deployment).execute(context);
            PER_DEFINITIE.computeIfAbsent(formulier.getId(), id -> lees(context, formulier));
            return Optional.of(formulier.getId());
        } catch (ProcessEngineException nietGevonden) {
            return Optional.empty();
        }
    }

    private static String waarde(Expression expressie, TaskEntity taak) {
        return String.valueOf(expressie.getValue(taak));
    }

    private static Formulier lees(CommandContext context, CamundaFormDefinition formulier) {
        ResourceEntity bron = context.getResourceManager()
                .findResourceByDeploymentIdAndResourceName(formulier.getDeploymentId(), formulier.getResourceName());
        if (bron == null) {
            throw new ProcessEngineException("Formulier " + formulier.getKey() + " zonder inhoud in deployment "
                    + formulier.getDeploymentId());
        }
        return Formulier.lees(bron.getBytes());
    }
}
